/* The ceiling for the Ingest stage: a bare C loop that parses each page with libxml2's HTML
 * push parser through SAX callbacks and collects the character data, building no tree.
 * Same parser options as the Swift reader. Usage: sax_baseline PAGES FILE... */
#include <libxml/HTMLparser.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

typedef struct { char *text; size_t length, capacity; long elements; } Collector;

static void on_start(void *ctx, const xmlChar *name, const xmlChar **atts) { (void)name; (void)atts; ((Collector *)ctx)->elements++; }
static void on_end(void *ctx, const xmlChar *name) { (void)ctx; (void)name; }
static void on_chars(void *ctx, const xmlChar *ch, int len) {
    Collector *c = ctx;
    if (c->length + (size_t)len + 1 > c->capacity) {
        c->capacity = (c->length + (size_t)len + 1) * 2;
        c->text = realloc(c->text, c->capacity);
    }
    memcpy(c->text + c->length, ch, (size_t)len);
    c->length += (size_t)len;
}
static void on_serror(void *ctx, xmlErrorPtr error) { (void)ctx; (void)error; }

int main(int argc, char **argv) {
    if (argc < 3) { fprintf(stderr, "usage: sax_baseline PAGES FILE...\n"); return 2; }
    long target = atol(argv[1]);
    int count = argc - 2;
    char **data = calloc((size_t)count, sizeof(char *));
    long *sizes = calloc((size_t)count, sizeof(long));
    for (int i = 0; i < count; i++) {
        FILE *f = fopen(argv[i + 2], "rb");
        if (!f) { perror(argv[i + 2]); return 1; }
        fseek(f, 0, SEEK_END); sizes[i] = ftell(f); fseek(f, 0, SEEK_SET);
        data[i] = malloc((size_t)sizes[i] + 1);
        if (fread(data[i], 1, (size_t)sizes[i], f) != (size_t)sizes[i]) { perror("read"); return 1; }
        fclose(f);
    }
    xmlInitParser();
    xmlSAXHandler sax; memset(&sax, 0, sizeof sax);
    sax.startElement = on_start; sax.endElement = on_end;
    sax.characters = on_chars; sax.ignorableWhitespace = on_chars; sax.cdataBlock = on_chars;
    sax.initialized = XML_SAX2_MAGIC; sax.serror = on_serror;
    int options = HTML_PARSE_RECOVER | HTML_PARSE_NOERROR | HTML_PARSE_NOWARNING | HTML_PARSE_NONET
                | HTML_PARSE_COMPACT | HTML_PARSE_IGNORE_ENC;
    Collector collector = {0};
    long bytes = 0, text = 0;
    struct timespec t0, t1;
    clock_gettime(CLOCK_MONOTONIC, &t0);
    for (long n = 0; n < target; n++) {
        int i = (int)(n % count);
        collector.length = 0;
        htmlParserCtxtPtr ctxt = htmlCreatePushParserCtxt(&sax, &collector, NULL, 0, NULL, XML_CHAR_ENCODING_UTF8);
        htmlCtxtUseOptions(ctxt, options);
        htmlParseChunk(ctxt, data[i], (int)sizes[i], 1);
        htmlFreeParserCtxt(ctxt);
        bytes += sizes[i];
        text += (long)collector.length;
    }
    clock_gettime(CLOCK_MONOTONIC, &t1);
    double seconds = (double)(t1.tv_sec - t0.tv_sec) + (double)(t1.tv_nsec - t0.tv_nsec) / 1e9;
    printf("c-sax pages=%ld seconds=%.3f pages_per_s=%.0f mb_per_s=%.2f text_bytes=%ld\n",
           target, seconds, (double)target / seconds, (double)bytes / seconds / 1e6, text);
    return 0;
}
