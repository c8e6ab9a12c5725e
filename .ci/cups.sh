#!/usr/bin/env bash
# A real print server for the printing tests: CUPS with a cups-pdf printer "Test" whose printed
# jobs land as PDF files. Idempotent: a second run reuses the running cupsd and the printer.
# Needs root (apt-get, cupsd). Prints the folder the printed PDFs land in on its last line.
set -euo pipefail

PRINTER=${INTERVISIE_TEST_PRINTER:-Test}
OUT=/var/spool/cups-pdf/ANONYMOUS
PPD=/usr/share/ppd/cups-pdf/CUPS-PDF_opt.ppd

if ! command -v cupsd >/dev/null || [ ! -f "$PPD" ]; then
    export DEBIAN_FRONTEND=noninteractive
    # another job may hold the package lock for a while: wait for it rather than fail
    apt-get -o DPkg::Lock::Timeout=600 update -qq >/dev/null
    apt-get -o DPkg::Lock::Timeout=600 install -y -qq cups printer-driver-cups-pdf >/dev/null
fi

# Every job lands in one known folder, whoever prints (cups-pdf's default is ~/PDF of the user,
# which for root jobs depends on how the job was handed over).
CONF=/etc/cups/cups-pdf.conf
if ! grep -q "^Out $OUT\$" "$CONF" 2>/dev/null; then
    sed -i -e '/^Out /d' -e '/^AnonDirName /d' "$CONF"
    printf 'Out %s\nAnonDirName %s\n' "$OUT" "$OUT" >>"$CONF"
fi
install -d -m 1777 "$OUT"

if ! lpstat -r 2>/dev/null | grep -q "is running"; then
    /usr/sbin/cupsd
    for _ in $(seq 50); do
        lpstat -r 2>/dev/null | grep -q "is running" && break
        sleep 0.2
    done
fi
if ! lpstat -p "$PRINTER" >/dev/null 2>&1; then
    lpadmin -p "$PRINTER" -E -v cups-pdf:/ -P "$PPD"
fi
cupsenable "$PRINTER"
cupsaccept "$PRINTER"
echo "$OUT"
