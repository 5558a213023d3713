//===- FusionDialect.h - The fusion dialect -----------------------*- C++
//-*-===//
//
// Part of the fuse project: fusing modules as an MLIR compiler feature.
//
//===----------------------------------------------------------------------===//

#ifndef FUSE_DIALECT_FUSION_IR_FUSIONDIALECT_H
#define FUSE_DIALECT_FUSION_IR_FUSIONDIALECT_H

#include "mlir/Dialect/UB/IR/UBOps.h"
#include "mlir/IR/Dialect.h"

#include "fuse/Dialect/Fusion/IR/FusionOpsDialect.h.inc"

#endif // FUSE_DIALECT_FUSION_IR_FUSIONDIALECT_H
