extension Int {
    var twice: Int { self * 2 }
}
print(3.thrice)
// expect error: 4:9 value of type 'Int' has no member 'thrice'
