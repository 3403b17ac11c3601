DROP TABLE vouchers;
DROP TABLE voucher_batches;
DROP TABLE fee_waivers;
DROP TABLE payments;
DROP TABLE fee_settlements;
