class Settings {
    var steps = 100
    var tolerance = 1e-6
    var verbose = false
}
let s = Settings()
s.verbose = true
print(s.steps, s.tolerance, s.verbose)
// expect: 100 1e-06 true
