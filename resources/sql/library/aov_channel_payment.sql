-- Average order value by channel and payment method
SELECT channel, payment_method,
       count(*)                       AS orders,
       round(avg(total_amount), 2)    AS avg_order_value,
       round(sum(total_amount), 2)    AS revenue
FROM orders
WHERE status NOT IN ('cancelled', 'returned')
GROUP BY channel, payment_method
ORDER BY avg_order_value DESC
