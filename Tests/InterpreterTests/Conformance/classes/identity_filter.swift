class Agent { var score = 0 }
let agents = [Agent(), Agent(), Agent()]
let chosen = agents[1]
chosen.score = 7
let others = agents.filter { $0 !== chosen }
print(others.count, agents.map { $0.score })
// expect: 2 [0, 7, 0]
