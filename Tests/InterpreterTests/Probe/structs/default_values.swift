struct Settings {
    var learningRate = 0.01
    var epochs = 10
    var verbose = false
}
let s1 = Settings()
let s2 = Settings(learningRate: 0.1, epochs: 5, verbose: true)
print(s1.learningRate, s1.epochs, s1.verbose)
print(s2.learningRate, s2.epochs, s2.verbose)
