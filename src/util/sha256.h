/*
 * SHA-256 (FIPS 180-4), for the hashes a page's Content-Security-Policy
 * names its own script and style by.  Nothing is allocated.
 */
#ifndef AFTOETS_UTIL_SHA256_H
#define AFTOETS_UTIL_SHA256_H

#include <stddef.h>

#define AFT_SHA256_LEN	32

/* Writes the digest of the n bytes at p to out. */
void	aft_sha256(const void *p, size_t n, unsigned char out[AFT_SHA256_LEN]);

/*
 * Writes the digest of the n bytes at p in base64 (44 characters and a
 * NUL) to out, as a CSP source 'sha256-...' wants it.
 */
void	aft_sha256_base64(const void *p, size_t n, char out[45]);

#endif
