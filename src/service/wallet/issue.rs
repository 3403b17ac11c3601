//! The credential itself: an SD-JWT VC bound to the key of the wallet's proof, with
//! its place in the office's status list.

use diesel::prelude::*;
use serde_json::{Map, Value, json};

use super::super::{Context, Error};
use super::{WalletRefusal, issuer_of, vct};
use crate::clock::to_db;
use crate::db::schema::{
    certificates, wallet_credentials, wallet_nonces, wallet_status_next, wallet_tokens,
};
use crate::db::{DbConnection, Writer};
use crate::domain::CertificateCode;
use crate::secret::hash_token;
use crate::wallet::{CONFIGURATION_ID, Disclosed, Signer, checked_proof, issue_sd_jwt};

/// What a wallet asks the credential endpoint for.
#[derive(Debug, Clone, serde::Deserialize)]
pub struct CredentialRequest {
    pub credential_configuration_id: Option<String>,
    pub proofs: Option<Proofs>,
}

#[derive(Debug, Clone, serde::Deserialize)]
pub struct Proofs {
    #[serde(default)]
    pub jwt: Vec<String>,
}

/// Issues the credential for the token's certificate, bound to the key of the wallet's
/// proof. The token works once; the proof's nonce too.
pub fn issue_credential(
    ctx: &Context,
    conn: &mut Writer<'_>,
    tenant: &str,
    access_token: &str,
    request: &CredentialRequest,
) -> Result<Result<String, WalletRefusal>, Error> {
    let issuer = issuer_of(ctx, tenant);
    let now = ctx.clock.now();
    if request.credential_configuration_id.as_deref() != Some(CONFIGURATION_ID) {
        return Ok(Err(WalletRefusal::UnknownCredentialConfiguration));
    }
    let Some([proof]) = request.proofs.as_ref().map(|p| p.jwt.as_slice()) else {
        return Ok(Err(WalletRefusal::InvalidProof));
    };
    let Ok((holder_key, nonce)) = checked_proof(proof, &issuer, now) else {
        return Ok(Err(WalletRefusal::InvalidProof));
    };
    let office = ctx
        .content
        .tenant(tenant)
        .ok_or(Error::NotFound("office"))?;
    let identity = ctx.keys.ensure(&office.id, &office.name)?;
    let conn: &mut DbConnection = conn;
    conn.transaction(|conn| {
        let token_hash = hash_token(access_token);
        let certificate: Option<String> = wallet_tokens::table
            .find(&token_hash)
            .filter(wallet_tokens::tenant.eq(tenant))
            .filter(wallet_tokens::used_at.is_null())
            .filter(wallet_tokens::expires_at.gt(to_db(now)))
            .select(wallet_tokens::certificate_code)
            .first(conn)
            .optional()?;
        let Some(certificate) = certificate else {
            return Ok(Err(WalletRefusal::InvalidToken));
        };
        let spent = diesel::update(
            wallet_nonces::table
                .find(hash_token(&nonce))
                .filter(wallet_nonces::tenant.eq(tenant))
                .filter(wallet_nonces::used_at.is_null())
                .filter(wallet_nonces::expires_at.gt(to_db(now))),
        )
        .set(wallet_nonces::used_at.eq(to_db(now)))
        .execute(conn)?;
        if spent != 1 {
            return Ok(Err(WalletRefusal::InvalidNonce));
        }
        let taken = diesel::update(
            wallet_tokens::table
                .find(&token_hash)
                .filter(wallet_tokens::used_at.is_null()),
        )
        .set(wallet_tokens::used_at.eq(to_db(now)))
        .execute(conn)?;
        if taken != 1 {
            return Ok(Err(WalletRefusal::InvalidToken));
        }
        // The certificate's row, locked while unrevoked: a revocation at this moment
        // waits for this credential and then flips its bit as well.
        let unrevoked = diesel::update(
            certificates::table
                .find(&certificate)
                .filter(certificates::revoked_at.is_null()),
        )
        .set(certificates::code.eq(certificates::code))
        .execute(conn)?;
        if unrevoked != 1 {
            return Ok(Err(WalletRefusal::InvalidToken));
        }
        let code =
            CertificateCode::parse(&certificate).map_err(|_| Error::NotFound("certificate"))?;
        let (view, _) = crate::service::certificate_details(ctx, conn, &code)?;
        let index = next_status_index(conn, tenant)?;
        diesel::insert_into(wallet_credentials::table)
            .values((
                wallet_credentials::tenant.eq(tenant),
                wallet_credentials::status_index.eq(index),
                wallet_credentials::certificate_code.eq(&certificate),
                wallet_credentials::issued_at.eq(to_db(now)),
            ))
            .execute(conn)?;
        let mut always = Map::new();
        always.insert("iss".into(), json!(issuer));
        always.insert("iat".into(), json!(now.timestamp()));
        always.insert("vct".into(), json!(vct(ctx)));
        always.insert("cnf".into(), json!({"jwk": holder_key}));
        always.insert(
            "status".into(),
            json!({"status_list": {"idx": index, "uri": format!("{issuer}/status")}}),
        );
        let instructed_on = view
            .instructed_at
            .with_timezone(&chrono_tz::Europe::Berlin)
            .date_naive();
        let mut disclosed = vec![
            Disclosed {
                name: "given_name",
                value: json!(view.holder.given_name),
            },
            Disclosed {
                name: "family_name",
                value: json!(view.holder.family_name),
            },
            Disclosed {
                name: "birthdate",
                value: json!(view.holder.birth_date.to_string()),
            },
            Disclosed {
                name: "instructed_on",
                value: json!(instructed_on.to_string()),
            },
            Disclosed {
                name: "issuing_authority",
                value: json!(view.issuer.name),
            },
            Disclosed {
                name: "certificate_code",
                value: json!(view.code),
            },
            Disclosed {
                name: "identity_check",
                value: serde_json::to_value(view.identity).unwrap_or(Value::Null),
            },
        ];
        if let Some(latin) = &view.holder.latin {
            disclosed.push(Disclosed {
                name: "given_name_latin",
                value: json!(latin.given_name),
            });
            disclosed.push(Disclosed {
                name: "family_name_latin",
                value: json!(latin.family_name),
            });
        }
        let signer = Signer {
            key: &identity.signing_key,
            kid: &identity.kid,
            certificate_der: &identity.certificate_der,
        };
        tracing::info!(tenant = %tenant, "wallet credential issued");
        Ok(Ok(issue_sd_jwt(&signer, always, &disclosed)))
    })
}

/// The next place in the office's status list, taken under the counter row's lock.
fn next_status_index(conn: &mut DbConnection, tenant: &str) -> Result<i32, Error> {
    crate::on_backend!(conn, |c| diesel::insert_into(wallet_status_next::table)
        .values((
            wallet_status_next::tenant.eq(tenant),
            wallet_status_next::next_index.eq(0),
        ))
        .on_conflict_do_nothing()
        .execute(c))?;
    diesel::update(wallet_status_next::table.find(tenant))
        .set(wallet_status_next::next_index.eq(wallet_status_next::next_index + 1))
        .execute(conn)?;
    let next: i32 = wallet_status_next::table
        .find(tenant)
        .select(wallet_status_next::next_index)
        .first(conn)?;
    Ok(next - 1)
}
