// Bad targets and lowering configs: a verifier error each (attrs.mlir runs
// this file with -verify-diagnostics).

// expected-error @+1 {{vector_width must be in [1, 1024], got 0}}
module attributes {fusion.target = #fusion.target<backend = cpu, vector_width = 0>} {}

// -----

// expected-error @+1 {{threads must be in [1, 65536], got -2}}
module attributes {fusion.target = #fusion.target<backend = cpu, threads = -2>} {}

// -----

// expected-error @+2 {{expected ::mlir::fusion::TargetBackend to be one of: cpu, gpu}}
// expected-error @+1 {{failed to parse Fusion_TargetAttr parameter 'backend'}}
module attributes {fusion.target = #fusion.target<backend = tpu>} {}

// -----

// expected-error @+1 {{workgroup sizes must be in [0, 2^32], got -1}}
func.func @negative() attributes {c = #fusion.lowering_config<pipeline = cpu_loops, workgroup = [-1, 8]>} { return }

// -----

// expected-error @+1 {{workgroup tile sizes are required}}
func.func @no_tiles() attributes {c = #fusion.lowering_config<pipeline = cpu_loops>} { return }

// -----

// expected-error @+1 {{interchange entry 2 is not a loop (workgroup has 2 tile sizes)}}
func.func @interchange_range() attributes {c = #fusion.lowering_config<pipeline = cpu_loops, workgroup = [1, 8], interchange = [2, 0]>} { return }

// -----

// expected-error @+1 {{interchange lists loop 0 twice}}
func.func @interchange_twice() attributes {c = #fusion.lowering_config<pipeline = cpu_loops, workgroup = [1, 8], interchange = [0, 0]>} { return }

// -----

// expected-error @+1 {{interchange must list each of the 2 loops once}}
func.func @interchange_short() attributes {c = #fusion.lowering_config<pipeline = cpu_loops, workgroup = [1, 8], interchange = [1]>} { return }

// -----

// expected-error @+1 {{panel has 1 tile sizes, workgroup 2}}
func.func @panel_rank() attributes {c = #fusion.lowering_config<pipeline = cpu_loops, workgroup = [1, 8], panel = [4]>} { return }

// -----

// expected-error @+1 {{panel tile sizes are for the CPU pipelines}}
func.func @panel_gpu() attributes {c = #fusion.lowering_config<pipeline = gpu_threads, workgroup = [1, 8], panel = [4, 0], thread = [1, 1]>} { return }

// -----

// expected-error @+1 {{thread tile sizes are for the gpu_threads and gpu_contraction pipelines}}
func.func @thread_cpu() attributes {c = #fusion.lowering_config<pipeline = cpu_parallel, workgroup = [1, 8], thread = [1, 1]>} { return }

// -----

// expected-error @+1 {{gpu_threads needs a thread tile size per loop (2), got 1}}
func.func @thread_rank() attributes {c = #fusion.lowering_config<pipeline = gpu_threads, workgroup = [1, 8], thread = [1]>} { return }

// -----

// expected-error @+1 {{gpu_threads needs a nonzero thread tile size}}
func.func @thread_zero() attributes {c = #fusion.lowering_config<pipeline = gpu_threads, workgroup = [1, 8], thread = [0, 0]>} { return }

// -----

// expected-error @+1 {{gpu_contraction needs thread = [rows, cols] and reduction = [k]}}
func.func @contraction_shape() attributes {c = #fusion.lowering_config<pipeline = gpu_contraction, workgroup = [64, 64], thread = [4, 4]>} { return }

// -----

// expected-error @+1 {{gpu_contraction's thread and reduction sizes must be positive}}
func.func @contraction_zero() attributes {c = #fusion.lowering_config<pipeline = gpu_contraction, workgroup = [64, 64], thread = [4, 0], reduction = [16]>} { return }

// -----

// expected-error @+1 {{reduction steps are for the gpu_contraction pipeline}}
func.func @reduction_cpu() attributes {c = #fusion.lowering_config<pipeline = cpu_loops, workgroup = [1, 8], reduction = [16]>} { return }

// -----

// expected-error @+1 {{gpu_rows takes no tile sizes (a thread block per row)}}
func.func @rows_tiles() attributes {c = #fusion.lowering_config<pipeline = gpu_rows, workgroup = [1, 0], vector_width = 4>} { return }

// -----

// expected-error @+1 {{gpu_rows needs a vector_width of at least 1}}
func.func @rows_width() attributes {c = #fusion.lowering_config<pipeline = gpu_rows>} { return }

// -----

// expected-error @+1 {{vector_width must be in [0, 1024], got 4096}}
func.func @width() attributes {c = #fusion.lowering_config<pipeline = cpu_loops, workgroup = [1, 8], vector_width = 4096>} { return }

// -----

// expected-error @+2 {{to be one of: cpu_loops, cpu_parallel, gpu_threads, gpu_contraction, gpu_rows}}
// expected-error @+1 {{failed to parse Fusion_LoweringConfigAttr parameter 'pipeline'}}
func.func @pipeline() attributes {c = #fusion.lowering_config<pipeline = tpu, workgroup = [1]>} { return }

// -----

// expected-error @+1 {{stages must be in [0, 8], got 9}}
func.func @stages() attributes {c = #fusion.lowering_config<pipeline = gpu_contraction, workgroup = [64, 64], thread = [4, 4], reduction = [16], stages = 9>} { return }

// -----

// expected-error @+1 {{stages (pipelined shared-memory copies) are for the gpu_contraction pipeline}}
func.func @stages_threads() attributes {c = #fusion.lowering_config<pipeline = gpu_threads, workgroup = [8, 128], thread = [1, 4], stages = 2>} { return }

// -----

// expected-error @+1 {{warp and mma tiles are for the gpu_contraction pipeline}}
func.func @mma_threads() attributes {c = #fusion.lowering_config<pipeline = gpu_threads, workgroup = [1, 8], thread = [1, 1], warp = [16, 8], mma = [16, 8, 8]>} { return }

// -----

// expected-error @+1 {{tensor-core tiles need both warp = [rows, cols] and mma = [m, n, k]}}
func.func @mma_no_warp() attributes {c = #fusion.lowering_config<pipeline = gpu_contraction, workgroup = [64, 64], thread = [4, 4], reduction = [16], mma = [16, 8, 8]>} { return }

// -----

// expected-error @+1 {{mma must be [16, 8, 8] (TF32 mma.sync), got [16, 8, 16]}}
func.func @mma_shape() attributes {c = #fusion.lowering_config<pipeline = gpu_contraction, workgroup = [64, 64], thread = [4, 4], reduction = [16], warp = [32, 16], mma = [16, 8, 16]>} { return }

// -----

// expected-error @+1 {{warp = [rows, cols] must be positive multiples of mma's m and n (16, 8), got [24, 16]}}
func.func @mma_warp() attributes {c = #fusion.lowering_config<pipeline = gpu_contraction, workgroup = [64, 64], thread = [4, 4], reduction = [16], warp = [24, 16], mma = [16, 8, 8]>} { return }
