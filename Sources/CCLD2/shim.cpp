#include <cstdio>
#include <cstring>
#include <cld2/public/compact_lang_det.h>
#include <cld2/public/encodings.h>
#include "CCLD2.h"

// CLD2 needs <cstdio> before compact_lang_det.h, and a real CLDHints struct: a null hints pointer crashes.
int CCLD2_detect(const char *utf8, size_t length, const char *language_hint, CCLD2_Result *out) {
    return CCLD2_detect_flags(utf8, length, language_hint, 0, out);
}

int CCLD2_detect_flags(const char *utf8, size_t length, const char *language_hint, int flags, CCLD2_Result *out) {
    CLD2::CLDHints hints = {nullptr, nullptr, CLD2::UNKNOWN_ENCODING, CLD2::UNKNOWN_LANGUAGE};
    if (language_hint != nullptr) hints.language_hint = CLD2::GetLanguageFromName(language_hint);
    CLD2::Language language3[3];
    int percent3[3];
    double normalized_score3[3];
    int text_bytes = 0;
    bool is_reliable = false;
    CLD2::Language top = CLD2::ExtDetectLanguageSummary(
        utf8, (int)length, true, &hints, flags, language3, percent3, normalized_score3, nullptr, &text_bytes,
        &is_reliable);
    std::memset(out, 0, sizeof *out);
    std::snprintf(out->code, sizeof out->code, "%s", CLD2::LanguageCode(top));
    out->percent = percent3[0];
    out->reliable = is_reliable ? 1 : 0;
    std::snprintf(out->code2, sizeof out->code2, "%s", CLD2::LanguageCode(language3[1]));
    out->percent2 = percent3[1];
    std::snprintf(out->code3, sizeof out->code3, "%s", CLD2::LanguageCode(language3[2]));
    out->percent3 = percent3[2];
    out->text_bytes = text_bytes;
    return 0;
}
