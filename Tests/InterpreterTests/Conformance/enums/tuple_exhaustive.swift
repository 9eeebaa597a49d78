enum Light { case red, green }
func go(_ light: Light, _ emergency: Bool) -> String {
    switch (light, emergency) {
    case (.green, _): return "go"
    case (.red, true): return "go carefully"
    case (.red, false): return "stop"
    }
}
print(go(.red, false), go(.red, true), go(.green, false))
// expect: stop go carefully go
