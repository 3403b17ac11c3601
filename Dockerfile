# belehrung as a container image: `docker build -t belehrung .`
# The image runs `belehrung serve` on port 8080; the database is SQLite in the data
# volume unless BELEHRUNG_DATABASE_URL names a PostgreSQL server (see docs/operating.md).

FROM rust:1-bookworm AS builder
WORKDIR /build

# The login with the online ID card (feature `saml`) builds against libxmlsec1 and
# libxml2; bindgen needs libclang.
RUN apt-get update \
    && apt-get install -y --no-install-recommends libxmlsec1-dev libxml2-dev libclang-dev pkg-config \
    && rm -rf /var/lib/apt/lists/*

# Dependencies first, against placeholder sources: this layer is rebuilt only when
# Cargo.toml or Cargo.lock change. (SQLite and libpq are built from their bundled
# sources; the benchmark file only has to exist for Cargo to read the manifest.)
COPY Cargo.toml Cargo.lock ./
RUN mkdir -p src benches \
    && echo 'fn main() {}' > src/main.rs \
    && touch src/lib.rs \
    && echo 'fn main() {}' > benches/certificate.rs \
    && cargo build --release --locked --features saml \
    && rm -rf src benches

# The service itself; the migrations are embedded into the binary at compile time.
COPY src src
COPY benches benches
COPY migrations migrations
RUN touch src/main.rs src/lib.rs \
    && cargo build --release --locked --features saml


# The films of every language (content/build/build-videos): slides, narration and
# captions made from the lesson files, into content/media beside the ones shipped built.
FROM debian:bookworm-slim AS films
RUN apt-get update \
    && apt-get install -y --no-install-recommends python3 ffmpeg espeak-ng pango1.0-tools \
       fonts-dejavu-core fonts-noto-core fonts-noto-cjk npm \
    && rm -rf /var/lib/apt/lists/*
WORKDIR /build
COPY content content
RUN content/build/build-videos --out content/media \
    && rm -rf content/build/node_modules


FROM debian:bookworm-slim

# ca-certificates: the trusted CAs for outgoing TLS; libssl3: the bundled libpq links
# OpenSSL; libxmlsec1-openssl and libxml2: XML signatures and encryption of the SAML
# login.
RUN apt-get update \
    && apt-get install -y --no-install-recommends ca-certificates libssl3 libxmlsec1 libxmlsec1-openssl libxml2 \
    && rm -rf /var/lib/apt/lists/*

RUN groupadd --system --gid 10001 belehrung \
    && useradd --system --uid 10001 --gid belehrung --home-dir /srv/belehrung \
       --no-create-home --shell /usr/sbin/nologin belehrung

WORKDIR /srv/belehrung
COPY --from=builder /build/target/release/belehrung /usr/local/bin/belehrung
# The course, the health offices and the certificate's layout, fonts and texts; read only.
COPY --from=films /build/content content
COPY certificates certificates
# Signing keys and, with SQLite, the database: the only state on disk.
RUN mkdir data && chown belehrung:belehrung data && chmod 700 data
VOLUME /srv/belehrung/data

USER belehrung
ENV BELEHRUNG_BIND=0.0.0.0:8080
EXPOSE 8080
# No HEALTHCHECK: the slim image has no HTTP client. Probe GET /ready from the
# orchestrator or load balancer (docker-compose.yml does so).
ENTRYPOINT ["belehrung"]
CMD ["serve"]
