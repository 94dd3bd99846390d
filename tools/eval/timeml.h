// TimeML (.tml) documents for the timex evaluation: reading the text, DCT and gold TIMEX3 tags,
// writing our tags back in their place (the TempEval-3 system-output format), and counting
// matches as the TempEval-3 scorer does (UzZaman et al. 2013).
//
// The text of a document is the content of <TEXT> with every tag removed and the XML
// entities decoded; spans are UTF-8 byte offsets into that text. The DCT is the date part of
// the value of the TIMEX3 whose functionInDocument is CREATION_TIME.
//
// MEANTIME's CAT files are scored the same way: tools/eval/meantime_format.h meantime_timeml()
// turns one into a TimemlDocument whose `unscored` ranges hold the text its annotators did
// not annotate.
#ifndef NEWSGRAPH_TOOLS_EVAL_TIMEML_H_
#define NEWSGRAPH_TOOLS_EVAL_TIMEML_H_

#include <chrono>
#include <optional>
#include <string>
#include <vector>

#include "corpus/article.h"
#include "extractor/document.h"

namespace newsgraph::eval {

struct TimemlTimex {
  extractor::Span span;
  std::string type;   // DATE, TIME, DURATION, SET
  std::string value;
  std::string mod;
};

struct TimemlDocument {
  std::string path;
  std::string head;   // the file up to and including "<TEXT>", kept for writing back
  std::string text;   // <TEXT> content, tags stripped, entities decoded
  std::optional<std::chrono::year_month_day> dct;
  std::vector<TimemlTimex> gold;
  // Byte ranges of `text` where system timexes are not counted (scored_timexes): empty for
  // .tml files; for MEANTIME the dateline (the DCT, which TempEval-3 does not score) and the
  // sentences after the annotated ones.
  std::vector<extractor::Span> unscored;
};

// Reads one .tml file. Returns nullopt and fills *error on an unreadable file or a file
// without <TEXT>.
std::optional<TimemlDocument> read_timeml(const std::string& path, corpus::InputError* error);

// The document as TimeML with `timexes` (spans into doc.text) tagged in <TEXT>, tids t1.. .
std::string write_timeml(const TimemlDocument& doc, const std::vector<extractor::Timex>& timexes);

// The timexes of `system` that overlap none of doc.unscored, in their order.
std::vector<extractor::Timex> scored_timexes(const TimemlDocument& doc,
                                             const std::vector<extractor::Timex>& system);

// TempEval-3 counts, summed over documents.
struct TimexCounts {
  long gold = 0, system = 0;
  long strict = 0;         // system timexes with exactly a gold span
  long relaxed = 0;        // system timexes overlapping a gold one (one-to-one)
  long value = 0;          // relaxed matches with the gold value
  long type = 0;           // relaxed matches with the gold type
};

void count_timexes(const std::vector<TimemlTimex>& gold, const std::vector<extractor::Timex>& system,
                   const std::string& text, TimexCounts* counts);

}  // namespace newsgraph::eval

#endif  // NEWSGRAPH_TOOLS_EVAL_TIMEML_H_
