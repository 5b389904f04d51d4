-- DuckDB dialect of the library's cohort_retention: trunc(d, 'MM') -> date_trunc('month', d),
-- to_date(ts) -> CAST(ts AS DATE), date_format(d, 'yyyy-MM') -> strftime(d, '%Y-%m'), and
-- months_between of two first-of-month dates (always a whole number) -> date_diff('month', ...).
WITH firsts AS (
  SELECT customer_id, CAST(date_trunc('month', signup_date) AS DATE) AS cohort FROM customers
),
activity AS (
  SELECT DISTINCT o.customer_id, CAST(date_trunc('month', CAST(o.order_ts AS DATE)) AS DATE) AS active_month
  FROM orders o
),
sizes AS (
  SELECT cohort, count(*) AS customers FROM firsts GROUP BY cohort
)
SELECT strftime(f.cohort, '%Y-%m')                                       AS cohort,
       s.customers                                                       AS cohort_size,
       CAST(date_diff('month', f.cohort, a.active_month) AS INT)         AS months_after_signup,
       count(DISTINCT a.customer_id)                                     AS active_customers,
       round(100.0 * count(DISTINCT a.customer_id) / s.customers, 1)     AS retention_pct
FROM firsts f
JOIN activity a ON a.customer_id = f.customer_id AND a.active_month >= f.cohort
JOIN sizes s    ON s.cohort = f.cohort
GROUP BY f.cohort, s.customers, date_diff('month', f.cohort, a.active_month)
HAVING date_diff('month', f.cohort, a.active_month) <= 12
ORDER BY f.cohort, months_after_signup
