#include "extractor/document.h"

#include <array>

namespace newsgraph::extractor {
namespace {
constexpr std::array<std::string_view, kEntityTypeCount> kEntityTypeNames = {
    "PERSON", "ORG", "GPE", "LOC", "NORP", "FAC", "EVENT", "PRODUCT", "LAW", "WORK_OF_ART",
    "LANGUAGE"};
}  // namespace

std::string_view entity_type_name(EntityType t) {
  return kEntityTypeNames[static_cast<size_t>(t)];
}

std::optional<EntityType> parse_entity_type(std::string_view name) {
  for (size_t i = 0; i < kEntityTypeNames.size(); ++i)
    if (kEntityTypeNames[i] == name) return static_cast<EntityType>(i);
  if (name == "PER") return EntityType::kPerson;
  if (name == "LOC") return EntityType::kLoc;
  return std::nullopt;
}

std::string_view timex_type_name(TimexType t) {
  switch (t) {
    case TimexType::kDate: return "DATE";
    case TimexType::kTime: return "TIME";
    case TimexType::kDuration: return "DURATION";
    case TimexType::kSet: return "SET";
  }
  return "DATE";
}

}  // namespace newsgraph::extractor
