-- Cohort retention: of the customers who signed up in a month, the share ordering N months later
WITH firsts AS (
  SELECT customer_id, trunc(signup_date, 'MM') AS cohort FROM customers
),
activity AS (
  SELECT DISTINCT o.customer_id, trunc(to_date(o.order_ts), 'MM') AS active_month
  FROM orders o
),
sizes AS (
  SELECT cohort, count(*) AS customers FROM firsts GROUP BY cohort
)
SELECT date_format(f.cohort, 'yyyy-MM')                                   AS cohort,
       s.customers                                                       AS cohort_size,
       CAST(months_between(a.active_month, f.cohort) AS INT)             AS months_after_signup,
       count(DISTINCT a.customer_id)                                     AS active_customers,
       round(100.0 * count(DISTINCT a.customer_id) / s.customers, 1)     AS retention_pct
FROM firsts f
JOIN activity a ON a.customer_id = f.customer_id AND a.active_month >= f.cohort
JOIN sizes s    ON s.cohort = f.cohort
GROUP BY f.cohort, s.customers, months_between(a.active_month, f.cohort)
HAVING months_after_signup <= 12
ORDER BY f.cohort, months_after_signup
