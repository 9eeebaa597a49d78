print(String(["a", "b"]), String(3), String(2.5), String(true), String("x"), String(Float(1.5)), String(UInt8(7)), String(Unicode.Scalar(65)))
// expect: ab 3 2.5 true x 1.5 7 A
