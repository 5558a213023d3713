//===- Mutator.h - Structure-aware mutation of MLIR text ----------*- C++ -*-===//
//
// Part of the fuse project: fusing modules as an MLIR compiler feature.
//
// The mutations of fuse-fuzz: each rewrites one piece of an MLIR text that
// the parser and the passes look at (a dimension of a shaped type, an element
// type, an affine map, an iterator type, an integer or float attribute, an SSA
// use, a whole line), so that most mutants still parse and reach the passes.
//
//===----------------------------------------------------------------------===//

#ifndef FUSE_TOOLS_FUSE_FUZZ_MUTATOR_H
#define FUSE_TOOLS_FUSE_FUZZ_MUTATOR_H

#include "llvm/ADT/ArrayRef.h"
#include "llvm/ADT/StringRef.h"

#include <random>
#include <string>
#include <vector>

namespace fuse {

/// The kinds of mutation, in the order `mutationName` names them.
enum class Mutation {
  DimSize,       // a static dimension of a shaped type gets another size
  DimDynamic,    // a static dimension becomes `?`
  ElementType,   // an element or scalar type becomes another one
  SwapMaps,      // two affine maps of the text trade places
  PermuteMap,    // the results of one affine map are permuted
  FlipIterator,  // a "parallel" becomes "reduction" or back
  IntAttr,       // an integer literal (attribute, constant) changes
  FloatAttr,     // a float literal becomes nan, inf, 0, -1e30, ...
  SwapUse,       // an SSA use names another value of the text
  DeleteLine,    // a line is deleted
  DuplicateLine, // a line is duplicated
  SwapLines,     // two lines trade places
  SpliceLine,    // a line of another corpus entry is inserted
};
constexpr unsigned kNumMutations = 13;

/// A short name of `m`, for reports.
llvm::StringRef mutationName(Mutation m);

/// Applies `count` random mutations to `text`; `donor` is another corpus
/// entry for SpliceLine. Appends the names of the mutations applied to
/// `applied`. A mutation that finds nothing to change is skipped.
std::string mutate(llvm::StringRef text, llvm::StringRef donor, unsigned count,
                   std::mt19937_64 &rng, std::vector<std::string> &applied);

/// Splits a lit test file into its `// -----` chunks, dropping lit and
/// FileCheck directive lines (RUN, CHECK, expected-...).
std::vector<std::string> splitCorpusFile(llvm::StringRef text);

} // namespace fuse

#endif // FUSE_TOOLS_FUSE_FUZZ_MUTATOR_H
