-- Products often bought together (pairs in the same order)
SELECT a.product_id AS product_a, pa.name AS name_a,
       b.product_id AS product_b, pb.name AS name_b,
       count(DISTINCT a.order_id) AS orders_together
FROM order_items a
JOIN order_items b ON a.order_id = b.order_id AND a.product_id < b.product_id
JOIN products pa   ON pa.product_id = a.product_id
JOIN products pb   ON pb.product_id = b.product_id
GROUP BY a.product_id, pa.name, b.product_id, pb.name
HAVING orders_together >= 2
ORDER BY orders_together DESC
LIMIT 50
