-- DuckDB dialect of the library's revenue_by_category_month: date_format(ts, 'yyyy-MM') -> strftime(ts, '%Y-%m').
SELECT strftime(o.order_ts, '%Y-%m')       AS month,
       p.category,
       count(DISTINCT o.order_id)          AS orders,
       round(sum(i.line_total), 2)         AS revenue
FROM orders o
JOIN order_items i ON i.order_id = o.order_id
JOIN products p    ON p.product_id = i.product_id
WHERE o.status NOT IN ('cancelled', 'returned')
GROUP BY 1, 2
ORDER BY month, revenue DESC
