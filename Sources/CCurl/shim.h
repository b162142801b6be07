#include <curl/curl.h>

// curl_easy_setopt and curl_easy_getinfo are C variadic functions, which Swift cannot call:
// one typed wrapper per kind of argument the model client passes.

static inline CURLcode plexe_curl_setopt_long(CURL *handle, CURLoption option, long value) {
    return curl_easy_setopt(handle, option, value);
}

static inline CURLcode plexe_curl_setopt_string(CURL *handle, CURLoption option, const char *value) {
    return curl_easy_setopt(handle, option, value);
}

static inline CURLcode plexe_curl_setopt_pointer(CURL *handle, CURLoption option, void *value) {
    return curl_easy_setopt(handle, option, value);
}

static inline CURLcode plexe_curl_setopt_headers(CURL *handle, struct curl_slist *headers) {
    return curl_easy_setopt(handle, CURLOPT_HTTPHEADER, headers);
}

typedef size_t (*plexe_curl_write_function)(char *data, size_t size, size_t count, void *context);

static inline CURLcode plexe_curl_setopt_write_function(CURL *handle, plexe_curl_write_function function) {
    return curl_easy_setopt(handle, CURLOPT_WRITEFUNCTION, function);
}

static inline CURLcode plexe_curl_response_code(CURL *handle, long *code) {
    return curl_easy_getinfo(handle, CURLINFO_RESPONSE_CODE, code);
}

// CURL_GLOBAL_DEFAULT is a macro expression Swift does not import.
static inline CURLcode plexe_curl_global_init(void) {
    return curl_global_init(CURL_GLOBAL_DEFAULT);
}

static inline CURLcode plexe_curl_setopt_offset(CURL *handle, CURLoption option, curl_off_t value) {
    return curl_easy_setopt(handle, option, value);
}

typedef size_t (*plexe_curl_read_function)(char *buffer, size_t size, size_t count, void *context);

static inline CURLcode plexe_curl_setopt_read_function(CURL *handle, plexe_curl_read_function function) {
    return curl_easy_setopt(handle, CURLOPT_READFUNCTION, function);
}

static inline CURLcode plexe_curl_setopt_header_function(CURL *handle, plexe_curl_write_function function) {
    return curl_easy_setopt(handle, CURLOPT_HEADERFUNCTION, function);
}
