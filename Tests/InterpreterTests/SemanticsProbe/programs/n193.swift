print(stride(from: 0, to: 5, by: 2), stride(from: 0.0, through: 1.0, by: 0.5))
