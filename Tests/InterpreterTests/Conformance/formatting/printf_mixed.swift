let name = "Adam"
let lr = 0.001
let steps = 250
print(String(format: "%@ with lr=%.0e for %d steps", name, lr, steps))
print(String(format: "%-8@|%8@|%.2@|", "ab", "cd", "xyz"))
print(String(format: "100%% done, %5.1f%%", 99.5))
print(String(format: "%*d|%-*d|%.*f|%*.*f", 5, 42, 5, 42, 2, 3.14159, 8, 3, 2.71828))
print(String(format: "%2$@ %1$@ %2$@", "world", "hello"))
print(String(format: "%2$d-%1$.2f", 1.5, 7))
print(String(format: "no conversions"), String(format: "%d extra ignored", 1, 2, 3))
print(String(format: "η = %.3f → ∇f", 0.1))
let rows = [(1, 0.5), (10, 0.25), (100, 0.125)]
for (k, v) in rows {
    print(String(format: "%4d  %8.4f", k, v))
}
// expect: Adam with lr=1e-03 for 250 steps
// expect: ab|cd|xyz|
// expect: 100% done,  99.5%
// expect:    42|42   |3.14|   2.718
// expect: hello world hello
// expect: 7-1.50
// expect: no conversions 1 extra ignored
// expect: η = 0.100 → ∇f
// expect:    1    0.5000
// expect:   10    0.2500
// expect:  100    0.1250
