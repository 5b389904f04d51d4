-- DuckDB dialect of the library's clickstream_funnel: DuckDB has no stack(), so the five funnel steps are
-- a UNION ALL over the one-row totals; the rest is the library SQL unchanged.
WITH steps AS (
  SELECT session_id,
         max(CASE WHEN event_type IN ('product_view', 'add_to_cart', 'checkout', 'purchase') THEN 1 ELSE 0 END) AS viewed_product,
         max(CASE WHEN event_type IN ('add_to_cart', 'checkout', 'purchase') THEN 1 ELSE 0 END)                 AS added_to_cart,
         max(CASE WHEN event_type IN ('checkout', 'purchase') THEN 1 ELSE 0 END)                                AS checked_out,
         max(CASE WHEN event_type = 'purchase' THEN 1 ELSE 0 END)                                               AS purchased
  FROM clickstream
  GROUP BY session_id
),
totals AS (
  SELECT count(*) AS sessions, sum(viewed_product) AS viewed_product, sum(added_to_cart) AS added_to_cart,
         sum(checked_out) AS checked_out, sum(purchased) AS purchased
  FROM steps
),
funnel AS (
  SELECT 1 AS step, 'session' AS name, sessions AS reached, sessions FROM totals
  UNION ALL SELECT 2, 'product view', viewed_product, sessions FROM totals
  UNION ALL SELECT 3, 'add to cart',  added_to_cart,  sessions FROM totals
  UNION ALL SELECT 4, 'checkout',     checked_out,    sessions FROM totals
  UNION ALL SELECT 5, 'purchase',     purchased,      sessions FROM totals
)
SELECT step, name, reached AS sessions, round(100.0 * reached / sessions, 1) AS pct_of_sessions
FROM funnel
ORDER BY step
