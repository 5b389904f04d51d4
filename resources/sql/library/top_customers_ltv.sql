-- Top customers by lifetime value
SELECT c.customer_id, c.name, c.country, c.loyalty_tier,
       count(o.order_id)               AS orders,
       round(sum(o.total_amount), 2)   AS lifetime_value,
       round(avg(o.total_amount), 2)   AS avg_order_value,
       max(o.order_ts)                 AS last_order
FROM customers c
JOIN orders o ON o.customer_id = c.customer_id
WHERE o.status NOT IN ('cancelled', 'returned')
GROUP BY c.customer_id, c.name, c.country, c.loyalty_tier
ORDER BY lifetime_value DESC
LIMIT 100
