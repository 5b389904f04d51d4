-- DuckDB dialect of the library's rfm_scores: Spark's datediff(end, to_date(start)) (days from start to end)
-- -> date_diff('day', CAST(start AS DATE), end); DuckDB's concat() turns the scores into text as Spark's does.
WITH per_customer AS (
  SELECT customer_id,
         date_diff('day', CAST(max(order_ts) AS DATE), DATE '2026-01-01') AS recency_days,
         count(*)                                                          AS frequency,
         round(sum(total_amount), 2)                                       AS monetary
  FROM orders
  WHERE status NOT IN ('cancelled', 'returned')
  GROUP BY customer_id
)
SELECT customer_id, recency_days, frequency, monetary,
       6 - ntile(5) OVER (ORDER BY recency_days)  AS r_score,
       ntile(5) OVER (ORDER BY frequency)         AS f_score,
       ntile(5) OVER (ORDER BY monetary)          AS m_score,
       concat(6 - ntile(5) OVER (ORDER BY recency_days), ntile(5) OVER (ORDER BY frequency),
              ntile(5) OVER (ORDER BY monetary))  AS rfm
FROM per_customer
ORDER BY rfm DESC, monetary DESC
