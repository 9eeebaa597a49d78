let xs = [3, 5, 7]
print(xs.contains(5), xs.contains(4), xs.firstIndex(of: 7)!)
// expect: true false 2
