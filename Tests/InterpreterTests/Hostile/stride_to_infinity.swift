let s = stride(from: 0.0, through: Double.infinity, by: 1e300)
// expect error: 1:9 stride bounds must be finite
