// PLACEHOLDER: the SQLite store (graph/store.h) is being written.
