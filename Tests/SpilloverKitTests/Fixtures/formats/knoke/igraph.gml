Creator "igraph version 1.0.0 Tue Dec  1 15:18:24 2026"
Version 1
graph
[
  directed 1
  node
  [
    id 0
    name "COUN"
    group "organisation"
    label "COUN"
  ]
  node
  [
    id 1
    name "COMM"
    group "organisation"
    label "COMM"
  ]
  node
  [
    id 2
    name "EDUC"
    group "organisation"
    label "EDUC"
  ]
  node
  [
    id 3
    name "INDU"
    group "organisation"
    label "INDU"
  ]
  node
  [
    id 4
    name "MAYR"
    group "organisation"
    label "MAYR"
  ]
  node
  [
    id 5
    name "WRO"
    group "organisation"
    label "WRO"
  ]
  node
  [
    id 6
    name "NEWS"
    group "organisation"
    label "NEWS"
  ]
  node
  [
    id 7
    name "UWAY"
    group "organisation"
    label "UWAY"
  ]
  node
  [
    id 8
    name "WELF"
    group "organisation"
    label "WELF"
  ]
  node
  [
    id 9
    name "WEST"
    group "organisation"
    label "WEST"
  ]
  edge
  [
    source 0
    target 1
    weight 1
    type "information"
  ]
  edge
  [
    source 0
    target 4
    weight 1
    type "information"
  ]
  edge
  [
    source 0
    target 6
    weight 1
    type "information"
  ]
  edge
  [
    source 0
    target 8
    weight 1
    type "information"
  ]
  edge
  [
    source 1
    target 0
    weight 1
    type "information"
  ]
  edge
  [
    source 1
    target 2
    weight 1
    type "information"
  ]
  edge
  [
    source 1
    target 3
    weight 1
    type "information"
  ]
  edge
  [
    source 1
    target 4
    weight 1
    type "information"
  ]
  edge
  [
    source 1
    target 6
    weight 1
    type "information"
  ]
  edge
  [
    source 1
    target 7
    weight 1
    type "information"
  ]
  edge
  [
    source 1
    target 8
    weight 1
    type "information"
  ]
  edge
  [
    source 2
    target 1
    weight 1
    type "information"
  ]
  edge
  [
    source 2
    target 3
    weight 1
    type "information"
  ]
  edge
  [
    source 2
    target 4
    weight 1
    type "information"
  ]
  edge
  [
    source 2
    target 5
    weight 1
    type "information"
  ]
  edge
  [
    source 2
    target 6
    weight 1
    type "information"
  ]
  edge
  [
    source 2
    target 9
    weight 1
    type "information"
  ]
  edge
  [
    source 3
    target 0
    weight 1
    type "information"
  ]
  edge
  [
    source 3
    target 1
    weight 1
    type "information"
  ]
  edge
  [
    source 3
    target 4
    weight 1
    type "information"
  ]
  edge
  [
    source 3
    target 6
    weight 1
    type "information"
  ]
  edge
  [
    source 4
    target 0
    weight 1
    type "information"
  ]
  edge
  [
    source 4
    target 1
    weight 1
    type "information"
  ]
  edge
  [
    source 4
    target 2
    weight 1
    type "information"
  ]
  edge
  [
    source 4
    target 3
    weight 1
    type "information"
  ]
  edge
  [
    source 4
    target 6
    weight 1
    type "information"
  ]
  edge
  [
    source 4
    target 7
    weight 1
    type "information"
  ]
  edge
  [
    source 4
    target 8
    weight 1
    type "information"
  ]
  edge
  [
    source 4
    target 9
    weight 1
    type "information"
  ]
  edge
  [
    source 5
    target 2
    weight 1
    type "information"
  ]
  edge
  [
    source 5
    target 6
    weight 1
    type "information"
  ]
  edge
  [
    source 5
    target 8
    weight 1
    type "information"
  ]
  edge
  [
    source 6
    target 1
    weight 1
    type "information"
  ]
  edge
  [
    source 6
    target 3
    weight 1
    type "information"
  ]
  edge
  [
    source 6
    target 4
    weight 1
    type "information"
  ]
  edge
  [
    source 7
    target 0
    weight 1
    type "information"
  ]
  edge
  [
    source 7
    target 1
    weight 1
    type "information"
  ]
  edge
  [
    source 7
    target 3
    weight 1
    type "information"
  ]
  edge
  [
    source 7
    target 4
    weight 1
    type "information"
  ]
  edge
  [
    source 7
    target 6
    weight 1
    type "information"
  ]
  edge
  [
    source 7
    target 8
    weight 1
    type "information"
  ]
  edge
  [
    source 8
    target 1
    weight 1
    type "information"
  ]
  edge
  [
    source 8
    target 4
    weight 1
    type "information"
  ]
  edge
  [
    source 8
    target 6
    weight 1
    type "information"
  ]
  edge
  [
    source 9
    target 0
    weight 1
    type "information"
  ]
  edge
  [
    source 9
    target 1
    weight 1
    type "information"
  ]
  edge
  [
    source 9
    target 2
    weight 1
    type "information"
  ]
  edge
  [
    source 9
    target 4
    weight 1
    type "information"
  ]
  edge
  [
    source 9
    target 6
    weight 1
    type "information"
  ]
  edge
  [
    source 0
    target 2
    weight 1
    type "money"
  ]
  edge
  [
    source 0
    target 4
    weight 1
    type "money"
  ]
  edge
  [
    source 0
    target 7
    weight 1
    type "money"
  ]
  edge
  [
    source 0
    target 8
    weight 1
    type "money"
  ]
  edge
  [
    source 0
    target 9
    weight 1
    type "money"
  ]
  edge
  [
    source 1
    target 2
    weight 1
    type "money"
  ]
  edge
  [
    source 2
    target 7
    weight 1
    type "money"
  ]
  edge
  [
    source 3
    target 1
    weight 1
    type "money"
  ]
  edge
  [
    source 3
    target 2
    weight 1
    type "money"
  ]
  edge
  [
    source 3
    target 6
    weight 1
    type "money"
  ]
  edge
  [
    source 3
    target 7
    weight 1
    type "money"
  ]
  edge
  [
    source 3
    target 8
    weight 1
    type "money"
  ]
  edge
  [
    source 4
    target 1
    weight 1
    type "money"
  ]
  edge
  [
    source 4
    target 2
    weight 1
    type "money"
  ]
  edge
  [
    source 4
    target 7
    weight 1
    type "money"
  ]
  edge
  [
    source 4
    target 8
    weight 1
    type "money"
  ]
  edge
  [
    source 6
    target 1
    weight 1
    type "money"
  ]
  edge
  [
    source 6
    target 7
    weight 1
    type "money"
  ]
  edge
  [
    source 7
    target 8
    weight 1
    type "money"
  ]
  edge
  [
    source 7
    target 9
    weight 1
    type "money"
  ]
  edge
  [
    source 8
    target 2
    weight 1
    type "money"
  ]
  edge
  [
    source 8
    target 7
    weight 1
    type "money"
  ]
]
