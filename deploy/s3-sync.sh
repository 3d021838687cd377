#!/usr/bin/env bash
# Amazon S3 (or any S3-compatible storage): uploads a built _site/ with the cache lifetimes and media types of
# src/deploy/headers.ts. docs/deploy.md explains the bucket's website settings.
#
#   BUCKET=s3://warta-serang-example deploy/s3-sync.sh            # the site at the bucket's root
#   BUCKET=s3://example-org/berita deploy/s3-sync.sh              # a site built with --pathprefix=/berita/
#
# Needs the AWS CLI (aws configure). Order matters: new content-hashed files go up before the pages that link
# to them, and old hashed files are never deleted (pages cached by readers may still ask for them).
set -euo pipefail

site=${1:-_site}
: "${BUCKET:?set BUCKET=s3://your-bucket (or s3://your-bucket/prefix)}"
long="public, max-age=31536000, immutable"
short="public, max-age=300"

# 1. Content-hashed files: a year. AVIF and WebP get their types explicitly (older CLIs guess them wrong).
for dir in css js media/img; do
	[ -d "$site/$dir" ] || continue
	aws s3 sync "$site/$dir" "$BUCKET/$dir" --cache-control "$long" --exclude "*.avif" --exclude "*.webp"
	aws s3 sync "$site/$dir" "$BUCKET/$dir" --cache-control "$long" --exclude "*" --include "*.avif" --content-type image/avif
	aws s3 sync "$site/$dir" "$BUCKET/$dir" --cache-control "$long" --exclude "*" --include "*.webp" --content-type image/webp
done

# 2. Everything else: five minutes; pages that no longer exist are removed (the hashed folders are excluded,
#    so --delete leaves them alone). Feeds are uploaded in step 3 with their media types.
aws s3 sync "$site" "$BUCKET" --delete --cache-control "$short" \
	--exclude "css/*" --exclude "js/*" --exclude "media/img/*" --exclude "_headers" --exclude ".warta-output" --exclude "feed.xml" --exclude "atom.xml" --exclude "feed.json"

# 3. Feeds (add a line per feed the site publishes).
aws s3 cp "$site/feed.xml" "$BUCKET/feed.xml" --cache-control "$short" --content-type "application/rss+xml; charset=utf-8"
aws s3 cp "$site/atom.xml" "$BUCKET/atom.xml" --cache-control "$short" --content-type "application/atom+xml; charset=utf-8"
aws s3 cp "$site/feed.json" "$BUCKET/feed.json" --cache-control "$short" --content-type "application/feed+json; charset=utf-8"
