#pragma once
// The heavy LibTorch headers, precompiled once for the files that need them.
#include <torch/script.h>
#include <torch/torch.h>
