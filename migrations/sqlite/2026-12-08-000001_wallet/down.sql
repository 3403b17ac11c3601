DROP TABLE wallet_credentials;
DROP TABLE wallet_nonces;
DROP TABLE wallet_tokens;
DROP TABLE wallet_offers;
