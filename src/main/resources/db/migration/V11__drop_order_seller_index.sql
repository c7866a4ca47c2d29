-- ix_stg_order_seller (run_id, seller_id) served one figure only, the items a seller sold in 30 days
-- (audit-sellers), which now comes from one grouped pass over the run's orders. Kept up to date for
-- every staged order, in the orders' random seller order, it rewrote index pages all through stage-orders.
DROP INDEX ix_stg_order_seller;
