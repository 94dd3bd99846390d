// PLACEHOLDER: corpus readers (corpus/reader.h) are being written.
