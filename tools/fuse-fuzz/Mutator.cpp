//===- Mutator.cpp - Structure-aware mutation of MLIR text ----------------===//
//
// Part of the fuse project: fusing modules as an MLIR compiler feature.
//
//===----------------------------------------------------------------------===//

#include "Mutator.h"

#include "llvm/ADT/STLExtras.h"
#include "llvm/ADT/SmallVector.h"
#include "llvm/ADT/StringExtras.h"

#include <algorithm>
#include <utility>

using namespace llvm;

namespace fuse {

StringRef mutationName(Mutation m) {
  static const char *const names[kNumMutations] = {
      "dim-size",    "dim-dynamic", "element-type",   "swap-maps",
      "permute-map", "flip-iterator", "int-attr",     "float-attr",
      "swap-use",    "delete-line", "duplicate-line", "swap-lines",
      "splice-line"};
  return names[static_cast<unsigned>(m)];
}

namespace {
/// A piece of the text: [begin, begin + size).
struct Span {
  size_t begin, size;
};

bool isIdentChar(char c) { return isAlnum(c) || c == '_' || c == '$'; }

/// The end of the balanced `<...>` starting at `open` (text[open] == '<'),
/// or npos.
size_t matchAngle(StringRef text, size_t open) {
  int depth = 0;
  for (size_t i = open; i < text.size(); ++i) {
    if (text[i] == '<')
      ++depth;
    else if (text[i] == '>' && (i == 0 || text[i - 1] != '-'))
      if (--depth == 0)
        return i;
  }
  return StringRef::npos;
}

/// The index of the first non-digit at or after `i`.
size_t skipDigits(StringRef text, size_t i) {
  while (i < text.size() && isDigit(text[i]))
    ++i;
  return i;
}

/// Every occurrence of `word` as a whole identifier.
std::vector<Span> findWord(StringRef text, StringRef word) {
  std::vector<Span> spans;
  for (size_t pos = text.find(word); pos != StringRef::npos;
       pos = text.find(word, pos + 1)) {
    bool left = pos == 0 || !isIdentChar(text[pos - 1]);
    size_t end = pos + word.size();
    bool right = end >= text.size() || !isIdentChar(text[end]);
    if (left && right)
      spans.push_back({pos, word.size()});
  }
  return spans;
}

/// The dimensions (`4`, `?`) of the shaped types in `text`.
std::vector<Span> findDims(StringRef text, bool staticOnly) {
  std::vector<Span> spans;
  for (StringRef kind : {"tensor<", "memref<", "vector<"}) {
    for (size_t pos = text.find(kind); pos != StringRef::npos;
         pos = text.find(kind, pos + 1)) {
      size_t i = pos + kind.size();
      while (i < text.size()) {
        size_t start = i;
        i = text[i] == '?' ? i + 1 : skipDigits(text, i);
        if (i == start || i >= text.size() || text[i] != 'x')
          break;
        if (!staticOnly || text[start] != '?')
          spans.push_back({start, i - start});
        ++i; // the 'x'
      }
    }
  }
  return spans;
}

/// The `affine_map<...>` spans.
std::vector<Span> findMaps(StringRef text) {
  std::vector<Span> spans;
  for (size_t pos = text.find("affine_map<"); pos != StringRef::npos;
       pos = text.find("affine_map<", pos + 1)) {
    size_t end = matchAngle(text, pos + 10);
    if (end != StringRef::npos)
      spans.push_back({pos, end + 1 - pos});
  }
  return spans;
}

/// Integer literals that are not part of an identifier, a type's shape or a
/// float.
std::vector<Span> findInts(StringRef text) {
  std::vector<Span> spans;
  for (size_t i = 0; i < text.size(); ++i) {
    if (!isDigit(text[i]) || (i > 0 && (isIdentChar(text[i - 1]) ||
                                        text[i - 1] == '%' ||
                                        text[i - 1] == '.' ||
                                        text[i - 1] == '#')))
      continue;
    size_t end = skipDigits(text, i);
    bool partOfFloatOrShape =
        end < text.size() &&
        (text[end] == '.' || text[end] == 'x' || text[end] == 'e' ||
         isIdentChar(text[end]));
    if (!partOfFloatOrShape)
      spans.push_back({i, end - i});
    i = end;
  }
  return spans;
}

/// Float literals `1.5`, `-2.0e+03`.
std::vector<Span> findFloats(StringRef text) {
  std::vector<Span> spans;
  for (size_t i = 0; i < text.size(); ++i) {
    if (!isDigit(text[i]) || (i > 0 && (isIdentChar(text[i - 1]) ||
                                        text[i - 1] == '.')))
      continue;
    size_t end = skipDigits(text, i);
    if (end >= text.size() || text[end] != '.') {
      i = end;
      continue;
    }
    end = skipDigits(text, end + 1);
    if (end < text.size() && (text[end] == 'e' || text[end] == 'E')) {
      ++end;
      if (end < text.size() && (text[end] == '+' || text[end] == '-'))
        ++end;
      end = skipDigits(text, end);
    }
    spans.push_back({i, end - i});
    i = end;
  }
  return spans;
}

/// SSA names `%x`, `%0`, `%arg1`.
std::vector<Span> findValues(StringRef text) {
  std::vector<Span> spans;
  for (size_t i = 0; i < text.size(); ++i) {
    if (text[i] != '%')
      continue;
    size_t end = i + 1;
    while (end < text.size() && (isIdentChar(text[end]) || text[end] == '.'))
      ++end;
    if (end > i + 1)
      spans.push_back({i, end - i});
    i = end - 1;
  }
  return spans;
}

std::vector<StringRef> splitLines(StringRef text) {
  SmallVector<StringRef> lines;
  text.split(lines, '\n');
  return {lines.begin(), lines.end()};
}

std::string joinLines(ArrayRef<std::string> lines) {
  std::string out;
  for (const std::string &line : lines) {
    out += line;
    out += '\n';
  }
  return out;
}

template <typename T>
const T &pick(ArrayRef<T> items, std::mt19937_64 &rng) {
  return items[std::uniform_int_distribution<size_t>(0, items.size() - 1)(
      rng)];
}

std::string replaceSpan(StringRef text, Span span, StringRef with) {
  return (text.take_front(span.begin) + with +
          text.drop_front(span.begin + span.size))
      .str();
}

/// Applies one mutation of kind `m`; returns false if there was nothing to
/// change.
bool applyOne(Mutation m, std::string &text, StringRef donor,
              std::mt19937_64 &rng) {
  auto chance = [&](size_t n) {
    return std::uniform_int_distribution<size_t>(0, n - 1)(rng);
  };
  switch (m) {
  case Mutation::DimSize:
  case Mutation::DimDynamic: {
    std::vector<Span> dims = findDims(text, m == Mutation::DimDynamic);
    if (dims.empty())
      return false;
    static const char *const sizes[] = {"0", "1", "2", "3", "5", "7",
                                        "8", "16", "31", "64", "128"};
    StringRef with = m == Mutation::DimDynamic
                         ? StringRef("?")
                         : StringRef(pick(ArrayRef(sizes), rng));
    Span dim = pick(ArrayRef(dims), rng);
    // Mostly, every occurrence of the whole type changes alike, so
    // that the uses of a value keep agreeing with its definition.
    size_t typeBegin = StringRef(text).rfind('<', dim.begin);
    while (typeBegin != StringRef::npos && typeBegin > 0 &&
           isAlpha(text[typeBegin - 1]))
      --typeBegin;
    size_t open = StringRef(text).find('<', typeBegin);
    size_t close = open == StringRef::npos ? open : matchAngle(text, open);
    if (chance(5) != 0 && close != StringRef::npos && close > dim.begin) {
      std::string type = text.substr(typeBegin, close + 1 - typeBegin);
      std::string mutated = type;
      mutated.replace(dim.begin - typeBegin, dim.size, with.str());
      std::string out;
      StringRef rest = text;
      for (size_t pos = rest.find(type); pos != StringRef::npos;
           pos = rest.find(type)) {
        out += rest.take_front(pos).str() + mutated;
        rest = rest.drop_front(pos + type.size());
      }
      text = out + rest.str();
      return true;
    }
    text = replaceSpan(text, dim, with);
    return true;
  }
  case Mutation::ElementType: {
    static const char *const types[] = {"f16", "bf16", "f32", "f64", "i1",
                                        "i8",  "i32",  "i64", "index"};
    static const char *const into[] = {
        "f16", "bf16", "f32",   "f64",          "i1",   "i8",
        "i32", "i64",  "index", "complex<f32>", "f80",  "f128",
        "f8E4M3FN", "ui8", "si32", "i0"};
    std::vector<Span> spans;
    for (const char *type : types)
      llvm::append_range(spans, findWord(text, type));
    if (spans.empty())
      return false;
    Span span = pick(ArrayRef(spans), rng);
    StringRef with = pick(ArrayRef(into), rng);
    if (chance(4) != 0) {
      // Every occurrence of that type, so that the IR stays consistent.
      std::string from = text.substr(span.begin, span.size);
      std::vector<Span> all = findWord(text, from);
      for (auto it = all.rbegin(); it != all.rend(); ++it)
        text = replaceSpan(text, *it, with);
      return true;
    }
    text = replaceSpan(text, span, with);
    return true;
  }
  case Mutation::SwapMaps: {
    std::vector<Span> maps = findMaps(text);
    if (maps.size() < 2)
      return false;
    size_t a = chance(maps.size()), b = chance(maps.size());
    if (a == b)
      return false;
    if (a > b)
      std::swap(a, b);
    std::string first = text.substr(maps[a].begin, maps[a].size);
    std::string second = text.substr(maps[b].begin, maps[b].size);
    // Later span first, so the earlier offsets stay valid.
    text = replaceSpan(text, maps[b], first);
    text = replaceSpan(text, maps[a], second);
    return true;
  }
  case Mutation::PermuteMap: {
    std::vector<Span> maps = findMaps(text);
    if (maps.empty())
      return false;
    Span map = pick(ArrayRef(maps), rng);
    StringRef body = StringRef(text).substr(map.begin, map.size);
    size_t arrow = body.find("->");
    size_t open = arrow == StringRef::npos ? arrow : body.find('(', arrow);
    size_t close = body.rfind(')');
    if (open == StringRef::npos || close == StringRef::npos || close <= open)
      return false;
    SmallVector<StringRef> results;
    body.slice(open + 1, close).split(results, ',');
    std::vector<std::string> items;
    for (StringRef r : results)
      items.push_back(r.trim().str());
    if (items.empty())
      return false;
    switch (chance(3)) {
    case 0:
      std::shuffle(items.begin(), items.end(), rng);
      break;
    case 1: // one result becomes another dim or a constant
      items[chance(items.size())] =
          chance(2) ? "0" : ("d" + std::to_string(chance(4)));
      break;
    default: // a result is dropped or duplicated
      if (chance(2) && items.size() > 1)
        items.erase(items.begin() + chance(items.size()));
      else
        items.push_back(items[chance(items.size())]);
      break;
    }
    std::string newBody = (body.take_front(open + 1) + join(items, ", ") +
                           body.drop_front(close))
                              .str();
    text = replaceSpan(text, map, newBody);
    return true;
  }
  case Mutation::FlipIterator: {
    std::vector<Span> spans = findWord(text, "parallel");
    std::vector<Span> reductions = findWord(text, "reduction");
    size_t numParallel = spans.size();
    llvm::append_range(spans, reductions);
    if (spans.empty())
      return false;
    size_t i = chance(spans.size());
    text = replaceSpan(text, spans[i],
                       i < numParallel ? "reduction" : "parallel");
    return true;
  }
  case Mutation::IntAttr: {
    std::vector<Span> ints = findInts(text);
    if (ints.empty())
      return false;
    static const char *const values[] = {
        "0",   "1",          "2",          "3",
        "7",   "64",         "1000000",    "2147483648",
        "-1",  "4294967296", "9223372036854775807"};
    Span span = pick(ArrayRef(ints), rng);
    StringRef with = pick(ArrayRef(values), rng);
    // A minus sign only where one can stand (after '=', ',', '[', '(', ' ').
    if (with.starts_with("-") && span.begin > 0 &&
        !StringRef("=,[( ").contains(text[span.begin - 1]))
      with = "1";
    text = replaceSpan(text, span, with);
    return true;
  }
  case Mutation::FloatAttr: {
    std::vector<Span> floats = findFloats(text);
    if (floats.empty())
      return false;
    static const char *const values[] = {
        "0.0",         "1.0",        "1.0e+30", "1.0e-45", "3.0e+38",
        "0x7FC00000",  "0x7F800000", "0xFF800000",
        "0x7FF8000000000000", "1.0e+300", "2.5"};
    text = replaceSpan(text, pick(ArrayRef(floats), rng),
                       pick(ArrayRef(values), rng));
    return true;
  }
  case Mutation::SwapUse: {
    std::vector<Span> values = findValues(text);
    if (values.size() < 2)
      return false;
    Span target = pick(ArrayRef(values), rng);
    Span source = pick(ArrayRef(values), rng);
    std::string with = text.substr(source.begin, source.size);
    text = replaceSpan(text, target, with);
    return true;
  }
  case Mutation::DeleteLine:
  case Mutation::DuplicateLine:
  case Mutation::SwapLines:
  case Mutation::SpliceLine: {
    std::vector<StringRef> refs = splitLines(text);
    std::vector<std::string> lines(refs.begin(), refs.end());
    if (lines.size() < 2)
      return false;
    size_t i = chance(lines.size());
    if (m == Mutation::DeleteLine) {
      lines.erase(lines.begin() + i);
    } else if (m == Mutation::DuplicateLine) {
      lines.insert(lines.begin() + i, lines[i]);
    } else if (m == Mutation::SwapLines) {
      std::swap(lines[i], lines[chance(lines.size())]);
    } else {
      std::vector<StringRef> donorLines = splitLines(donor);
      if (donorLines.empty())
        return false;
      lines.insert(lines.begin() + i, pick(ArrayRef(donorLines), rng).str());
    }
    text = joinLines(lines);
    return true;
  }
  }
  return false;
}
} // namespace

std::string mutate(StringRef text, StringRef donor, unsigned count,
                   std::mt19937_64 &rng, std::vector<std::string> &applied) {
  std::string out = text.str();
  // Weights per Mutation: those that keep the text parseable more often
  // (types changed alike everywhere, maps, iterators, literals) come first.
  static const double weights[kNumMutations] = {3, 2, 2, 1, 2, 2, 2,
                                                2, 1, 1, 0.5, 0.5, 0.5};
  std::discrete_distribution<unsigned> choose(std::begin(weights),
                                              std::end(weights));
  for (unsigned k = 0; k < count; ++k) {
    auto m = static_cast<Mutation>(choose(rng));
    if (applyOne(m, out, donor, rng))
      applied.push_back(mutationName(m).str());
  }
  return out;
}

std::vector<std::string> splitCorpusFile(StringRef text) {
  std::vector<std::string> chunks;
  std::string current;
  auto flush = [&] {
    if (StringRef(current).trim().contains("func.func") ||
        StringRef(current).trim().contains("module"))
      chunks.push_back(current);
    current.clear();
  };
  for (StringRef line : splitLines(text)) {
    StringRef trimmed = line.trim();
    if (trimmed.starts_with("// -----")) {
      flush();
      continue;
    }
    // Comments carry lit and FileCheck directives, nothing the parser reads.
    if (trimmed.starts_with("//"))
      continue;
    current += line.str();
    current += '\n';
  }
  flush();
  return chunks;
}

} // namespace fuse
