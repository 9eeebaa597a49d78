var low = 0.0, high = 1.0 {
    didSet { print(high) }
}
// expect error: 1:1 'var' declarations with multiple variables cannot have explicit getters/setters
