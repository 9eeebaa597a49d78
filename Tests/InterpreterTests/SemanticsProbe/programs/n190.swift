print("abc".reversed())
