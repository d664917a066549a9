#!/usr/bin/env bash
# Installs everything on a fresh Debian machine (as root) and builds the bundled policy into out/.
set -euo pipefail
cd "$(dirname "$0")/.."
export DEBIAN_FRONTEND=noninteractive
apt-get update -qq
# Chromium's headless shell prints the PDF leaflets; Chromium itself runs the accessibility and preview tests;
# IPAex fonts are embedded in the PDF (with DejaVu for the English of a translation); poppler-utils checks the PDFs in the tests.
apt-get install -y -qq --no-install-recommends chromium chromium-headless-shell fonts-ipaexfont fonts-dejavu-core poppler-utils >/dev/null
npm ci --no-audit --no-fund
npm run build
node bin/policy.cjs build
