//! The service provider's metadata, as an identity provider registers it: the entity id,
//! where assertions are posted, the keys for signatures and encryption (the next key
//! during a rotation as well) and the attributes the service needs.

use base64::Engine;
use base64::engine::general_purpose::STANDARD;
use openssl::x509::X509;
use quick_xml::escape::escape;

use super::REQUESTED;

pub fn sp_metadata<'a>(
    entity_id: &str,
    acs_url: &str,
    service_name: &str,
    certificates: impl Iterator<Item = &'a X509>,
) -> anyhow::Result<String> {
    let mut keys = String::new();
    for certificate in certificates {
        let der = STANDARD.encode(certificate.to_der()?);
        let key_info = format!(
            "<ds:KeyInfo><ds:X509Data><ds:X509Certificate>{der}</ds:X509Certificate></ds:X509Data></ds:KeyInfo>"
        );
        keys.push_str(&format!(
            "    <md:KeyDescriptor use=\"signing\">{key_info}</md:KeyDescriptor>\n"
        ));
        keys.push_str(&format!(
            "    <md:KeyDescriptor use=\"encryption\">{key_info}\
             <md:EncryptionMethod Algorithm=\"http://www.w3.org/2009/xmlenc11#aes128-gcm\"/>\
             <md:EncryptionMethod Algorithm=\"http://www.w3.org/2001/04/xmlenc#aes128-cbc\"/>\
             <md:EncryptionMethod Algorithm=\"http://www.w3.org/2001/04/xmlenc#rsa-oaep-mgf1p\"/>\
             </md:KeyDescriptor>\n"
        ));
    }
    let attributes: String = REQUESTED
        .iter()
        .map(|name| {
            format!(
                "      <md:RequestedAttribute Name=\"{name}\" \
                 NameFormat=\"urn:oasis:names:tc:SAML:2.0:attrname-format:uri\" isRequired=\"true\"/>\n"
            )
        })
        .collect();
    Ok(format!(
        r#"<?xml version="1.0" encoding="UTF-8"?>
<md:EntityDescriptor xmlns:md="urn:oasis:names:tc:SAML:2.0:metadata" xmlns:ds="http://www.w3.org/2000/09/xmldsig#" entityID="{entity}">
  <md:SPSSODescriptor AuthnRequestsSigned="true" WantAssertionsSigned="true" protocolSupportEnumeration="urn:oasis:names:tc:SAML:2.0:protocol">
{keys}    <md:NameIDFormat>urn:oasis:names:tc:SAML:2.0:nameid-format:transient</md:NameIDFormat>
    <md:AssertionConsumerService Binding="urn:oasis:names:tc:SAML:2.0:bindings:HTTP-POST" Location="{acs}" index="0" isDefault="true"/>
    <md:AttributeConsumingService index="0" isDefault="true">
      <md:ServiceName xml:lang="de">{name}</md:ServiceName>
{attributes}    </md:AttributeConsumingService>
  </md:SPSSODescriptor>
</md:EntityDescriptor>
"#,
        entity = escape(entity_id),
        acs = escape(acs_url),
        name = escape(service_name),
    ))
}
