-- Products often bought together (pairs in the same order)
WITH baskets AS (
  SELECT DISTINCT order_id, product_id FROM order_items
),
pairs AS (
  SELECT a.product_id AS product_a, b.product_id AS product_b, count(*) AS orders_together
  FROM baskets a
  JOIN baskets b ON a.order_id = b.order_id AND a.product_id < b.product_id
  GROUP BY a.product_id, b.product_id
  HAVING count(*) >= 2
  ORDER BY orders_together DESC, product_a, product_b
  LIMIT 50
)
SELECT p.product_a, pa.name AS name_a, p.product_b, pb.name AS name_b, p.orders_together
FROM pairs p
JOIN products pa ON pa.product_id = p.product_a
JOIN products pb ON pb.product_id = p.product_b
ORDER BY p.orders_together DESC, p.product_a, p.product_b
