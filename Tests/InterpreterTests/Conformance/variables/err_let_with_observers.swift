let threshold = 0.5 {
    didSet { print("threshold", threshold) }
}
// expect error: 1:21 'let' declarations cannot be observing properties
