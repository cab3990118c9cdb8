// CCLD2: a C face for Debian's libcld2 (C++). Plain C types in and out; no policy here.
#pragma once
#include <stddef.h>

#ifdef __cplusplus
extern "C" {
#endif

/// The result of one detection.
typedef struct {
    /// ISO 639-1 (or CLD2's own) code of the top language, NUL-terminated ("un" when unknown).
    char code[16];
    /// Percent of the text in the top language (0-100).
    int percent;
    /// CLD2's reliability flag.
    int reliable;
    /// The second and third languages and their percentages.
    char code2[16];
    int percent2;
    char code3[16];
    int percent3;
    /// Bytes of text CLD2 actually scored.
    int text_bytes;
} CCLD2_Result;

/// Detects the language of `length` bytes of UTF-8 plain text. `tld_hint` and `language_hint` may be
/// NULL (e.g. "nb", "az"). Returns 0 on success.
int CCLD2_detect(const char *utf8, size_t length, const char *language_hint, CCLD2_Result *out);

/// CLD2's kCLDFlagBestEffort: answer even for short text instead of "un".
#define CCLD2_FLAG_BEST_EFFORT 0x4000

/// `CCLD2_detect` with CLD2's flags (e.g. `CCLD2_FLAG_BEST_EFFORT`). Returns 0 on success.
int CCLD2_detect_flags(const char *utf8, size_t length, const char *language_hint, int flags, CCLD2_Result *out);

#ifdef __cplusplus
}
#endif
