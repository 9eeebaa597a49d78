final class N {}
weak var w: N? = nil
print(w as Any)
// expect error: 2:1 not supported
