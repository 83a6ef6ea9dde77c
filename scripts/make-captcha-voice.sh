#!/usr/bin/env bash
# Makes the French voice clips of the audio CAPTCHA (F2, X3): one WAV per character the
# CAPTCHA can use, spoken by espeak-ng and converted by sox to 16 kHz mono 16-bit PCM, the
# format the model joins them in. The clips are committed; run this again only to change them.
set -euo pipefail
cd "$(dirname "$0")/.."
out=resources/captcha-voice
alphabet="ABCDEFGHJKMNPQRSTUVWXYZ23456789"
mkdir -p "$out"
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
for ((i = 0; i < ${#alphabet}; i++)); do
  c=${alphabet:i:1}
  # A slightly slow voice: the characters are dictated, not read in a sentence.
  espeak-ng -v fr -s 120 -w "$tmp/raw.wav" "$c" 2>/dev/null
  # Silence at both ends is trimmed: the model adds its own gaps between characters.
  sox "$tmp/raw.wav" -r 16000 -c 1 -b 16 -e signed-integer "$out/$c.wav" \
    silence 1 0.02 0.5% reverse silence 1 0.02 0.5% reverse
done
echo "Clips written to $out (${#alphabet} characters)."
