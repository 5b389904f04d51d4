-- Revenue by category and month (completed orders only)
SELECT date_format(o.order_ts, 'yyyy-MM') AS month,
       p.category,
       count(DISTINCT o.order_id)          AS orders,
       round(sum(i.line_total), 2)         AS revenue
FROM orders o
JOIN order_items i ON i.order_id = o.order_id
JOIN products p    ON p.product_id = i.product_id
WHERE o.status NOT IN ('cancelled', 'returned')
GROUP BY 1, 2
ORDER BY month, revenue DESC
