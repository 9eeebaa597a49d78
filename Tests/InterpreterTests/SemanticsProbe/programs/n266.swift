let pts: [(x: Int, y: Int)] = [(1, 2), (3, 4)]
print(pts, pts.map { $0 }, pts.filter { $0.x > 1 }, pts.first!, pts.sorted { $0.x > $1.x })
