# The test identity provider (pysaml2) as a container, for trying the login with the
# online ID card locally (docker-compose.yml). Not for production: its people and keys
# are for tests.
FROM python:3.11-slim
RUN apt-get update \
    && apt-get install -y --no-install-recommends xmlsec1 \
    && rm -rf /var/lib/apt/lists/* \
    && pip install --no-cache-dir pysaml2==7.5.5 cryptography
COPY saml_idp.py /idp/saml_idp.py
EXPOSE 8081
ENTRYPOINT ["python3", "/idp/saml_idp.py"]
