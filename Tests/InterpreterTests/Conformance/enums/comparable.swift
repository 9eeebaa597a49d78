enum Size: Comparable { case small, medium, large }
print(Size.small < Size.large, Size.large <= Size.medium)
print([Size.large, Size.small, Size.medium].sorted() == [.small, .medium, .large])
print([Size.medium, Size.large].max()! == .large)
// expect: true false
// expect: true
// expect: true
